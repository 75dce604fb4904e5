package cn.gov.oneseal.seal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real RFC 3161 time-stamp authority for the tests, on a loopback port: Bouncy Castle's TimeStampResponseGenerator
 * with its own TSA certificate (issued by the test CA), answering POST application/timestamp-query.
 */
final class TestTimeStampAuthority implements AutoCloseable {

  private static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1.1");

  final X509Certificate certificate;
  final AtomicLong answered = new AtomicLong();
  private final HttpServer server;
  private final AtomicLong serial = new AtomicLong();

  TestTimeStampAuthority(ThrowawayPki pki) throws Exception {
    certificate = pki.timeStampCertificate();
    TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
        .build("SHA256withRSA", pki.timeStampKeys.getPrivate(), certificate),
        new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
        POLICY);
    tokens.addCertificates(new JcaCertStore(List.of(certificate, pki.ca)));
    TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/tsa", exchange -> {
      try (InputStream in = exchange.getRequestBody(); OutputStream out = exchange.getResponseBody()) {
        if (!"POST".equals(exchange.getRequestMethod())
            || !"application/timestamp-query".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
          exchange.sendResponseHeaders(400, -1);
          return;
        }
        byte[] answer;
        try {
          TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
          TimeStampResponse response = responses.generate(request,
              BigInteger.valueOf(serial.incrementAndGet()), new Date());
          answer = response.getEncoded();
        } catch (Exception e) {
          throw new IOException(e);
        }
        // counted before the answer leaves: the client may read it and go on before this thread runs again
        answered.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
        exchange.sendResponseHeaders(200, answer.length);
        out.write(answer);
      }
    });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
