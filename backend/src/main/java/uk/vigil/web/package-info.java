/** HTTP plumbing: the Javalin factory, JSON, error mapping. Features bring their own *Routes. */
package uk.vigil.web;
