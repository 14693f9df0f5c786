// The area's name and recorded population aged 10 and over.
MATCH (a:Area {id: $area})
RETURN a.name AS name, a.population10Plus AS population10Plus
