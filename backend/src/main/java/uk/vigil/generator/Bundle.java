package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One nominal's generation in progress: the profile, where rows go, ids and provenance, and what
 * earlier steps produced that later steps need (home, victims, zones, devices...).
 */
final class Bundle {
    final World world;
    final BlockPlan plan;
    final Profile p;
    final BlockOutput out;
    final AreaWorld area;
    final LocalDate asOf;
    final Officer policeOm;
    final Officer probationOm;
    final Officer victimLiaison;
    final Officer prisonOm;
    private final Map<String, Integer> counters = new HashMap<>();
    private int provenanceCount;

    IndexOffence index;
    /** Victims of offences this nominal was convicted of: their own, or the leader's first count's. */
    final List<Victim> victims = new ArrayList<>();
    final List<Zone> zones = new ArrayList<>();
    /** Zones drawn on purpose to cover the nominal's home. */
    final Set<String> plantedZones = new HashSet<>();
    /** The tag positions written for him (tag_fixes.csv, as written); Findings checks them against his zones. */
    final List<TagTrails.Fix> tagFixes = new ArrayList<>();
    /** The zone a planted outing of his tag went into, if any. */
    String tagZoneVisit;
    /** NO_CHILD_RESIDENCE conditions active on the as-of date. */
    final List<String> childResidenceConditions = new ArrayList<>();
    final List<String[]> childrenAtHome = new ArrayList<>();
    String phoneDeviceId;
    String phoneNational;
    String vehicleId;
    String vrm;
    String partnerId;
    String partnerName;
    LocalDate partnerFrom;
    /** SHPO or SOPO when the nominal has one. */
    String preventionOrder;
    boolean partnerHasChildren;
    String roshLevel = "MEDIUM";
    String caseId;
    String emailAccount;

    Bundle(World world, BlockPlan plan, Profile p, BlockOutput out) {
        this.world = world;
        this.plan = plan;
        this.p = p;
        this.out = out;
        this.area = p.area();
        this.asOf = world.asOf;
        this.policeOm = area.officer("POLICE_OFFENDER_MANAGER", p.index());
        this.probationOm = area.officer("OFFENDER_MANAGER", p.index());
        this.victimLiaison = area.officer("VICTIM_LIAISON_OFFICER", p.index());
        this.prisonOm = area.prisonOfficer(p.residence().current(), p.index());
    }

    /** The writers' own sub-stream, independent of the draws that built the profile from the same stream. */
    Rng rng(Rng.Stream stream) {
        return Rng.of(world.seed, stream, p.index(), 1);
    }

    /** The next id with this prefix in the bundle: {@code N0000001-OF2}. */
    String next(String prefix) {
        int n = counters.merge(prefix, 1, Integer::sum);
        return p.id() + "-" + prefix + n;
    }

    Provenance provenance(String system, Agency owner, Officer by, LocalDate date, String marking) {
        int minute = 8 * 60 + (int) Math.floorMod(Rng.mix(p.index() * 997L + provenanceCount++), 10 * 60);
        return new Provenance(system, by.id(), Provenance.instant(date, asOf, minute), owner.id(), marking);
    }

    Provenance police(LocalDate date) {
        return provenance("VISOR", area.agency("POLICE"), policeOm, date, Provenance.SENSITIVE);
    }

    Provenance pnc(LocalDate date) {
        return provenance("PNC", area.agency("POLICE"), policeOm, date, Provenance.SENSITIVE);
    }

    Provenance probation(LocalDate date) {
        return provenance("NDELIUS", area.agency("PROBATION"), probationOm, date, Provenance.SENSITIVE);
    }

    Provenance prison(LocalDate date) {
        return provenance("NOMIS", prisonOm.agency(), prisonOm, date, Provenance.SENSITIVE);
    }

    /** The lead agency's system: police (ViSOR) for RSOs, probation (nDelius) for the rest. */
    Provenance lead(LocalDate date) {
        return p.category() == 1 ? police(date) : probation(date);
    }

    LatLng home() {
        return p.residence().current().at();
    }

    void row(ImportFile file, Provenance provenance, Object... values) {
        out.row(file, provenance, values);
    }
}
