// Fragment: true when $viewer's clearance covers the record __x's protective marking (unmarked = hidden).
(coalesce($markingRank[__x.marking], 99) <= $viewer.clearanceRank)
