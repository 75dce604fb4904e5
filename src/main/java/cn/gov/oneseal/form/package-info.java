/**
 * Camunda Forms on the server: reading and checking a submitted form's fields (Chinese field errors), the forms'
 * labels and options. Foundation.
 */
package cn.gov.oneseal.form;
