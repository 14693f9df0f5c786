/** Electronic monitoring (GPS tag) location data: how fixes are found by place and time. */
package uk.vigil.monitoring;
