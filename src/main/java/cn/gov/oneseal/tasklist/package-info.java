/**
 * What Tasklist shows of every user task: the listeners every task gets on creation and the case in its name.
 */
package cn.gov.oneseal.tasklist;
