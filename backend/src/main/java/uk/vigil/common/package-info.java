/** Domain exceptions shared by every feature; the web layer maps them to HTTP once. */
package uk.vigil.common;
