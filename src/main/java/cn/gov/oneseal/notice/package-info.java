/**
 * Written notices: PDF documents from editable templates, stored with their SHA-256, listed and downloaded by
 * officers and applicants, with the legal remedies.
 */
package cn.gov.oneseal.notice;
