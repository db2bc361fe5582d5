package org.redflag.app;

/** Output formats of the store commands. */
enum OutputFormat {
  text,
  json
}
