package uk.vigil.web;

/** The JSON body of every error response: a message for people, the status, and an id to quote. */
public record ApiError(String error, int status, String correlationId) {
}
