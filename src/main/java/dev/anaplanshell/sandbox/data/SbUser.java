package dev.anaplanshell.sandbox.data;

/** A user the sandbox can authenticate. Passwords live only in the sandbox's memory. */
public record SbUser(String id, String email, String password, String firstName, String lastName,
        String customerId) {
}
