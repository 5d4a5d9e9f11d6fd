package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code POST /token/authenticate} with {@code Authorization: CACertificate ...}: Base64 of the signed
 * bytes and of their SHA512withRSA signature; {@code encodedDataFormat} is {@code "v2"} or absent (v1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificateLogin(String encodedDataFormat, String encodedData, String encodedSignedData) {
}
