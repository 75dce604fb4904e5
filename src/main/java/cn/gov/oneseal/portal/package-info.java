/**
 * 网上办事大厅: the applicants' API (applications, later submissions, withdrawal, progress), their materials' files and
 * the service guide.
 */
package cn.gov.oneseal.portal;
