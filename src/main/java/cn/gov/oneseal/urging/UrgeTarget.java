package cn.gov.oneseal.urging;

import java.util.List;
import org.camunda.bpm.engine.task.Task;

/** An open task of a case that may be urged: the task, its case and bureau, its stage and candidate groups. */
record UrgeTarget(Task task, String caseNumber, String bureauId, String stage, List<String> candidateGroups) {}
