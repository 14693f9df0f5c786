// Fragment: true when person __x may appear in $viewer's search results, counts and facets.
// The person must be visible (person-visible); a victim who is not also a nominal appears only to
// someone who may know who they are (victim-identity-visible): a search must not reveal that a name
// belongs to a victim. Nominals who were once victims are found as nominals, with no victim mark.
(
  {{person-visible __x}}
  AND (NOT __x:Victim OR __x:Nominal OR {{victim-identity-visible __x}})
)
