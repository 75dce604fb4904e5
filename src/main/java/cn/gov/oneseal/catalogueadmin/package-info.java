/**
 * The analysts' changes to the item catalogue at run time: the API {@code /api/v1/admin/catalogue} (analysts and
 * administrators: an item's promised limit, stage limits, materials and 容缺 entry, its versions), and each item's
 * start form following its materials — deployed with the item's process as a new version, by the system. The
 * versions themselves, their rules and their reload on every node are the catalogue's (foundation).
 */
package cn.gov.oneseal.catalogueadmin;
