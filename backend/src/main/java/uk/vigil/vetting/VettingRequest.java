package uk.vigil.vetting;

import java.util.regex.Pattern;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.exclusionzone.UkEnvelope;

/**
 * A vetting request: the nominal and either an existing address id, or a new address given by
 * postcode and position. Checked on construction (400 with the reason).
 */
public record VettingRequest(String nominal, String addressId, String line1, String postcode, Double lat, Double lng,
                             String purpose) {
    private static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public VettingRequest {
        if (nominal == null || !ID.matcher(nominal).matches()) {
            throw new InvalidRequestException("nominal is required (a record id)");
        }
        if (purpose != null && purpose.length() > 500) {
            throw new InvalidRequestException("purpose is longer than 500 characters");
        }
        if (line1 != null && line1.length() > 200) {
            throw new InvalidRequestException("line1 is longer than 200 characters");
        }
        if (addressId != null && !addressId.isBlank()) {
            if (!ID.matcher(addressId).matches()) {
                throw new InvalidRequestException("addressId is not a record id");
            }
            if (lat != null || lng != null || postcode != null) {
                throw new InvalidRequestException("give either addressId or postcode with lat and lng, not both");
            }
        } else {
            addressId = null;
            if (postcode == null || postcode.isBlank()) {
                throw new InvalidRequestException("postcode is required for a new address (or give addressId)");
            }
            String pc = postcode.strip().toUpperCase().replaceAll("\\s+", "");
            if (pc.length() > 8 || !POSTCODE.matcher(pc).matches()) {
                throw new InvalidRequestException("postcode is not a UK postcode");
            }
            postcode = pc.substring(0, pc.length() - 3) + " " + pc.substring(pc.length() - 3);
            if (lat == null || lng == null) {
                throw new InvalidRequestException("lat and lng are required for a new address (WGS84 decimal degrees)");
            }
            if (!Double.isFinite(lat) || !Double.isFinite(lng) || !UkEnvelope.contains(lat, lng)) {
                throw new InvalidRequestException("lat/lng must be inside the UK (" + UkEnvelope.DESCRIPTION + ")");
            }
        }
    }
}
