package cn.gov.oneseal.casefile;

import java.util.regex.Pattern;

/** What an applicant's e-mail address must look like (the window's form and the online hall check the same). */
public final class ContactEmails {

  /** The refusal, as the form and the API say it. */
  public static final String PROBLEM = "电子邮箱格式不正确（例如 name@example.cn，不超过 254 个字符）";

  private static final Pattern ADDRESS = Pattern.compile(
      "[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
          + "[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}");

  private ContactEmails() {
  }

  public static boolean valid(String email) {
    return email != null && email.length() <= 254 && ADDRESS.matcher(email).matches();
  }
}
