# Input: token lines ({"token":..., "key":...}). Output: one form-encoded body a line for
# POST /bin/samenwerkingskaart/public/submissions. Argument: --arg p PREFIX.
include "form";
[inputs] | to_entries[] | .key as $i | .value as $t
| (form($p; $i) + [[":submission-key", $t.key], [":swk-csrf", $t.token], ["_charset_", "UTF-8"]]) | encode
