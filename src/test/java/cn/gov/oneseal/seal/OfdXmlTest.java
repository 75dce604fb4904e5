package cn.gov.oneseal.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dom4j.Document;
import org.dom4j.io.SAXReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ofdrw.pkg.tool.SAXReaderFactory;

/** ofdrw's XML parsing, once {@link OfdXml} is installed: an OFD's XML cannot make the server read its own files. */
class OfdXmlTest {

  @Test
  void anExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "服务器上的秘密");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE ofd:OFD [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>&x;</ofd:DocBody></ofd:OFD>";
    assertThat(new SAXReader().read(new StringReader(xml)).asXML())
        .as("dom4j's plain reader, which ofdrw uses by default, reads the file").contains("服务器上的秘密");

    OfdXml.secure();
    Document parsed = SAXReaderFactory.create().read(new StringReader(xml));

    assertThat(parsed.asXML()).doesNotContain("服务器上的秘密");
    assertThat(parsed.getRootElement().getNamespaceURI()).isEqualTo("http://www.ofdspec.org/2016");
  }
}
