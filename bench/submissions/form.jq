# The fields of one submission: a complete new initiative as the public form sends it (docs/contracts.md,
# "Submissions"), made unique by $p (the run's prefix) and $i (the line number).
def form($p; $i): [
  ["kind", "newInitiative"],
  ["name", "Benchmarkinitiatief \($p)-\($i)"],
  ["goal", "Meer stageplaatsen in de zorg voor studenten uit de regio."],
  ["description", "Studenten lopen stage in de zorg; de school en de werkgevers maken samen afspraken over begeleiding."],
  ["status", "running"],
  ["levels", "mbo"],
  ["sectors", "zorg"],
  ["parties[0].name", "Noorderpoort"],
  ["parties[0].kind", "mbo"],
  ["parties[0].town", "Groningen"],
  ["locations[0].label", "Campus"],
  ["locations[0].town", "Groningen"],
  ["locations[0].latitude", "53.2194"],
  ["locations[0].longitude", "6.5665"],
  ["message", "Graag op de kaart. Benchmark \($p)-\($i)."],
  ["submitterName", "Anja de Boer"],
  ["submitterEmail", "anja.\($i)@example.nl"],
  ["submitterOrganisation", "Noorderpoort"],
  ["consent", "on"],
  ["website2", ""]
];

def encode: map("\(.[0] | @uri)=\(.[1] | @uri)") | join("&");
