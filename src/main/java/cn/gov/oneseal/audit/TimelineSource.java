package cn.gov.oneseal.audit;

import java.util.List;

/**
 * A feature's records of a case for its 办件历史 timeline (Cockpit's case history and the auditors' API): a bean
 * implementing this is asked for every timeline, and its entries are merged in time order with the engine's history and
 * the case's own records. Officers are given by user id; the timeline names them.
 */
public interface TimelineSource {

  /** The entries of the case, any order (none when the feature has no record of it). */
  List<CaseHistory.Entry> entries(String caseNumber);
}
