/**
 * China's working-day calendar (Asia/Shanghai): the State Council's holiday notices, provisional years on the
 * statutory holidays, the public calculator and the loading of next year's notice. Foundation.
 */
package cn.gov.oneseal.calendar;
