# Output: $n form-encoded bodies for Sling's POST servlet (POST /var/bench/posts/*) that create a node of the shape
# the submission endpoint stores (docs/contracts.md): the submission's own properties with the same kind of values on
# the node, the proposal in a child `proposed` with `parties/0` and `locations/0` below it: 4 nodes, as a submission.
# Arguments: --arg p PREFIX --argjson n COUNT.
include "form";
def proposed: if (.[0] | startswith("submitter")) or .[0] == "message" then .
  else ["./proposed/" + (.[0] | gsub("\\[(?<i>[0-9]+)\\]\\."; "/\(.i)/")), .[1]] end;
range(0; $n) as $i
| [["jcr:primaryType", "nt:unstructured"],
   ["sling:resourceType", "samenwerking/submission"],
   ["kind", "newInitiative"],
   ["state", "received"],
   ["submitterLanguage", "nl"],
   ["reference", "SW-2026-\($i)"],
   ["keyHash", "bench-\($p)-\($i)-0123456789abcdefghijklmnopqrstuvwxyz"],
   ["clientHash", "0123456789abcdefghijklmnopqrstuvwxyz0123456789ab"],
   ["receivedAt@TypeHint", "Date"],
   ["receivedAt", "2026-11-23T08:00:00.000+01:00"]]
  + (form($p; $i) | map(select(.[0] != "consent" and .[0] != "website2" and .[0] != "kind")) | map(proposed))
| encode
