/**
 * 联办件: the departments' parallel opinions, deemed agreement of an absent department, and their collection.
 */
package cn.gov.oneseal.joint;
