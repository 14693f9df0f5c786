package uk.vigil.generator;

/** An agency of an area: the Responsible Authority (police, probation, prison) or a duty-to-co-operate agency. */
record Agency(String id, String name, String type, String areaId) {
    boolean responsibleAuthority() {
        return type.equals("POLICE") || type.equals("PROBATION") || type.equals("PRISON");
    }
}
