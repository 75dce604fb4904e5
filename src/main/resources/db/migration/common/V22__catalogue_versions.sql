-- The item catalogue's versions (catalogue/CatalogueEntries): per item, one row per version with the item's whole
-- entry as the catalogue file writes it (JSON). processes/catalogue.yaml seeds it; analysts change the promised limit,
-- stage limits, materials and 容缺 list through /api/v1/admin/catalogue, each change a new version. Rows are only
-- ever added. Written for both H2 2.x and PostgreSQL 14+.
create table catalogue_entry (
  item_code      varchar(64) not null,
  item_version   integer not null,
  entry_json     varchar(200000) not null,
  -- the file's entry a FILE version took (what the file said then): the next start sees whether the file changed
  file_json      varchar(200000),
  change_source  varchar(8) not null,
  changed_by     varchar(64) not null,
  changed_at     timestamp with time zone not null,
  changes        varchar(4000) not null,
  primary key (item_code, item_version)
);

-- the catalogue version a case was registered under: its limits, materials and 容缺 list stay that version's
alter table case_file add column catalogue_version integer;
-- cases registered before: the catalogue file as it is now becomes each item's version 1
update case_file set catalogue_version = 1;
