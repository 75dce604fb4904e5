package cn.gov.oneseal.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.Collection;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * An RFC 3161 time-stamp authority over HTTP (POST application/timestamp-query): the time-stamp token of a
 * signature value, SHA-256, with the authority's certificate, checked against the request (nonce, imprint, status).
 */
final class TimeStamps {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI authority;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final SecureRandom random = new SecureRandom();

  TimeStamps(URI authority) {
    if (authority.getScheme() == null || !authority.getScheme().matches("(?i)https?") || authority.getHost() == null) {
      throw new IllegalArgumentException("oneseal.seals.tsa-url 应为时间戳服务的 http(s) 地址，而不是: " + authority);
    }
    this.authority = authority;
  }

  URI authority() {
    return authority;
  }

  TimeStampToken stamp(byte[] signatureValue) throws IOException {
    try {
      TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
      generator.setCertReq(true);
      TimeStampRequest request = generator.generate(NISTObjectIdentifiers.id_sha256,
          MessageDigest.getInstance("SHA-256").digest(signatureValue), new BigInteger(64, random));
      HttpResponse<byte[]> answer;
      try {
        answer = http.send(HttpRequest.newBuilder(authority).timeout(TIMEOUT)
            .header("Content-Type", "application/timestamp-query")
            .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
            HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        throw new IOException("时间戳服务 " + authority + " 无法访问（" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "）", e);
      }
      if (answer.statusCode() != 200) {
        throw new IOException("时间戳服务 " + authority + " 回答 HTTP " + answer.statusCode());
      }
      TimeStampResponse response = new TimeStampResponse(answer.body());
      response.validate(request);
      TimeStampToken token = response.getTimeStampToken();
      if (token == null) {
        throw new IOException("时间戳服务 " + authority + " 未给出时间戳（状态 " + response.getStatus() + "："
            + response.getStatusString() + "）");
      }
      checkSignature(token);
      return token;
    } catch (TSPException | NoSuchAlgorithmException | OperatorCreationException | CertificateException e) {
      throw new IOException("时间戳服务 " + authority + " 的回答无效: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("等待时间戳服务 " + authority + " 时被中断", e);
    }
  }

  /** The token is signed by the certificate it carries, a time-stamping certificate (RFC 3161 §2.3). */
  @SuppressWarnings("unchecked")
  private void checkSignature(TimeStampToken token) throws TSPException, OperatorCreationException,
      CertificateException, IOException {
    Collection<X509CertificateHolder> signers = token.getCertificates().getMatches(token.getSID());
    if (signers.isEmpty()) {
      throw new IOException("时间戳服务 " + authority + " 的时间戳未附签发证书");
    }
    token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(signers.iterator().next()));
  }
}
