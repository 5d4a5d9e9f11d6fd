package dev.anaplanshell.core;

import java.security.cert.X509Certificate;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Anaplan's rule for the user a CA certificate names, shared by the shell (which shows and stores it) and the
 * sandbox (which logs that user in), so that the two cannot disagree about it.
 */
public final class Certificates {

    private static final String EMAIL_OID = "1.2.840.113549.1.9.1";

    private Certificates() {
    }

    /** The user a certificate names: its subject's e-mail address, else its common name, else the whole subject. */
    public static String subjectUser(X509Certificate certificate) {
        String name = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253,
                Map.of(EMAIL_OID, "EMAILADDRESS"));
        try {
            String cn = null;
            for (Rdn rdn : new LdapName(name).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("EMAILADDRESS")) {
                    return rdn.getValue().toString();
                }
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    cn = rdn.getValue().toString();
                }
            }
            return cn != null ? cn : name;
        } catch (InvalidNameException e) {
            return name;
        }
    }
}
