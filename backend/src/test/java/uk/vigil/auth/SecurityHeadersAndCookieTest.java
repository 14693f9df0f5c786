package uk.vigil.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersAndCookieTest {

    @Test
    void the_session_cookie_has_the_host_prefix_and_every_attribute() {
        assertThat(SessionCookie.issue("abc")).isEqualTo("__Host-vigil-session=abc; Path=/; Secure; HttpOnly; SameSite=Strict");
        assertThat(SessionCookie.issue("abc")).doesNotContainIgnoringCase("domain").doesNotContainIgnoringCase("max-age");
    }

    @Test
    void clearing_the_cookie_keeps_the_attributes_so_browsers_accept_it() {
        assertThat(SessionCookie.clear()).startsWith("__Host-vigil-session=; Max-Age=0;")
                .endsWith("; Path=/; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void security_headers_are_the_agreed_ones() {
        Map<String, String> set = new HashMap<>();
        SecurityHeaders.apply(set::put);
        assertThat(set).containsEntry("Content-Security-Policy", "default-src 'self'; script-src 'self'; "
                        + "style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; "
                        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
                .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .containsEntry("X-Content-Type-Options", "nosniff")
                .containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "no-referrer")
                .containsKey("Permissions-Policy");
        assertThat(set.get("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
    }
}
