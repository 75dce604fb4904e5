package cn.gov.oneseal.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} requests per client in any sliding minute: each client's last {@code perMinute} request
 * times are kept; a request is allowed when fewer than {@code perMinute} of them fall within the last minute. Clients
 * idle for a minute are forgotten when the table grows past {@code maxClients}; while it is still full (a flood from
 * more addresses than that) new clients wait like a limited one.
 */
public final class ClientRateLimit {

  private static final long MINUTE = 60_000_000_000L;

  private final int perMinute;
  private final int maxClients;
  private final LongSupplier nanoTime;
  private final Map<String, Deque<Long>> clients = new ConcurrentHashMap<>();

  /**
   * @param key the configuration key of {@code perMinute}, named when it is not positive
   */
  public ClientRateLimit(String key, int perMinute, int maxClients, LongSupplier nanoTime) {
    if (perMinute < 1) {
      throw new IllegalArgumentException(key + " 须为正数");
    }
    this.perMinute = perMinute;
    this.maxClients = maxClients;
    this.nanoTime = nanoTime;
  }

  public int perMinute() {
    return perMinute;
  }

  /** 0 when the client's request is allowed (and counted), else the seconds until it would be. */
  public long take(String client) {
    long now = nanoTime.getAsLong();
    if (!clients.containsKey(client) && clients.size() >= maxClients) {
      forgetIdle(now);
      if (clients.size() >= maxClients) {
        return 60;
      }
    }
    Deque<Long> times = clients.computeIfAbsent(client, c -> new ArrayDeque<>(perMinute));
    synchronized (times) {
      while (!times.isEmpty() && now - times.peekFirst() >= MINUTE) {
        times.pollFirst();
      }
      if (times.size() >= perMinute) {
        long wait = MINUTE - (now - times.peekFirst());
        return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
      }
      times.addLast(now);
      return 0;
    }
  }

  private void forgetIdle(long now) {
    for (Iterator<Deque<Long>> it = clients.values().iterator(); it.hasNext(); ) {
      Deque<Long> times = it.next();
      synchronized (times) {
        if (times.isEmpty() || now - times.peekLast() >= MINUTE) {
          it.remove();
        }
      }
    }
  }

  /** Forgets every client (tests). */
  public void clear() {
    clients.clear();
  }
}
