// Indexes behind the chair's work (docs/meetings.md): agenda triggers found from the event side,
// the SMB statistics' look-ups by order type and date, and RoSH changes since a review.
CREATE INDEX mappa_case_area_status IF NOT EXISTS FOR (c:MappaCase) ON (c.area, c.status);
CREATE INDEX risk_assessment_tool_date IF NOT EXISTS FOR (r:RiskAssessment) ON (r.tool, r.date);
CREATE INDEX order_type_from IF NOT EXISTS FOR (o:Order) ON (o.type, o.from);
CREATE INDEX level_period_level IF NOT EXISTS FOR (l:LevelPeriod) ON (l.level, l.from);
