package org.redflag.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {
      "redflag " + (v == null ? "(development build)" : v),
      "Licence GPL-3.0-or-later; uses Stanford CoreNLP (GPL-3.0-or-later).",
      "Java ${java.version} (${java.vendor})"
    };
  }
}
