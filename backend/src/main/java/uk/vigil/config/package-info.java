/** Configuration from environment variables, with defaults. */
package uk.vigil.config;
