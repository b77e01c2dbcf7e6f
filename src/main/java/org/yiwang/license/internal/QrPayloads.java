package org.yiwang.license.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The QR code's compact signed payload: {@code YWL1.<claims>.<signature>}, both base64url, the
 * claims a small JSON object (identifier {@code i}, name {@code n}, masked holder {@code h}, issuer
 * {@code o}, issued {@code d}, valid until {@code u}, key id {@code k}, signed at {@code t}), the
 * signature SM3withSM2 over the claims' bytes exactly as encoded. Verifiable offline with the
 * published certificate of {@code k}.
 */
final class QrPayloads {

  static final String PREFIX = "YWL1";
  static final int MAX_LENGTH = 2000;

  private QrPayloads() {}

  record Parsed(Map<String, String> claims, byte[] claimBytes, byte[] signature) {}

  static String encode(byte[] claimBytes, byte[] signature) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return PREFIX + "." + b64.encodeToString(claimBytes) + "." + b64.encodeToString(signature);
  }

  static byte[] claimBytes(JsonMapper json, Map<String, String> claims) {
    return json.writeValueAsString(new LinkedHashMap<>(claims)).getBytes(StandardCharsets.UTF_8);
  }

  /** The payload's parts, or null when it is not one. */
  static Parsed parse(JsonMapper json, String payload) {
    if (payload == null || payload.length() > MAX_LENGTH) {
      return null;
    }
    String[] parts = payload.strip().split("\\.");
    if (parts.length != 3 || !parts[0].equals(PREFIX)) {
      return null;
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      byte[] claimBytes = b64.decode(parts[1]);
      byte[] signature = b64.decode(parts[2]);
      Map<String, String> claims =
          json.readValue(new String(claimBytes, StandardCharsets.UTF_8), new TypeReference<LinkedHashMap<String, String>>() {});
      return new Parsed(claims, claimBytes, signature);
    } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
      return null;
    }
  }
}
