package uk.vigil.generator;

/**
 * Two nominals with different surnames who share a phone, a vehicle or a private home, with no
 * association recorded between them: the owner's device, vehicle or address, used by the sharer.
 */
record HiddenLink(int owner, int sharer, String via) {
}
