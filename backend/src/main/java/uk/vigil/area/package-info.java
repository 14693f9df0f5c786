/** MAPPA areas: the 42 arrangements, each with its agencies and population. */
package uk.vigil.area;
