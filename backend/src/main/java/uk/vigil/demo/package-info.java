/** The generated demo area that `vigil demo` loads into an empty database. */
package uk.vigil.demo;
