package cn.gov.oneseal.seal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A sealed OFD with one character of its first page's text changed, re-zipped as a forger would. */
final class OfdTampering {

  private OfdTampering() {}

  static byte[] changeText(byte[] ofd) throws IOException {
    Map<String, byte[]> files = OfdLicenceTest.unzip(ofd);
    String page = files.keySet().stream().filter(name -> name.endsWith("Page_0/Content.xml")).findFirst()
        .orElseThrow();
    String content = new String(files.get(page), StandardCharsets.UTF_8);
    int at = content.indexOf("许可证");
    if (at < 0) {
      throw new IllegalStateException("no 许可证 in the page");
    }
    files.put(page, (content.substring(0, at) + "执照" + content.substring(at + 3)).getBytes(StandardCharsets.UTF_8));
    return OfdLicenceTest.zip(files);
  }
}
