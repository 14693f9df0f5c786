package uk.vigil.investigation;

import java.util.Locale;
import uk.vigil.common.InvalidRequestException;

/**
 * What the investigations list is asked for (docs/api.md, "Investigations"): a page (from 1) of
 * {@code size} (1-100), an optional text to find in the name or description (lower-cased here; it is
 * only ever a query parameter), and whether to list only the viewer's own.
 */
public record InvestigationListQuery(int page, int size, String text, boolean mine) {
    static final int MAX_PAGE = 10_000;
    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 100;

    public InvestigationListQuery {
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidRequestException("page must be a whole number from 1 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size must be a whole number from 1 to " + MAX_SIZE);
        }
        text = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidRequestException("q is longer than " + MAX_TEXT + " characters");
        }
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("q must be one line of text");
        }
    }

    /** {@code mine}: absent, true or false. */
    static boolean flag(String value, String name) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidRequestException(name + " must be true or false");
    }
}
