/**
 * 告知申请人: the documents issued to an applicant also go to them by e-mail (the sealed PDF attached) when the case
 * has an e-mail address, through the outbox; the e-mail channel speaks SMTP through Spring Boot's mail support.
 */
package cn.gov.oneseal.messaging;
