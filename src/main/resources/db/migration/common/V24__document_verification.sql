-- Verification of issued documents by anyone (verification/, src/docs/verification.md): every notice and decision gets
-- a document number (文件编号: the case number, a hyphen and the document's two-digit sequence in its case, e.g.
-- 32050020260302C0000018-03) and an 8-character verification code (验证码), both printed on the document. The number
-- and code together open the document's verification; an upload is recognised by its SHA-256. H2 2.x and PostgreSQL 14+.
alter table case_notice add column document_number varchar(40);
alter table case_notice add column verification_code varchar(8);

-- notices issued before: numbered per case in the order of issue (they did not print the number); they printed no
-- verification code and none is made up here, so they are verified by upload (SHA-256) only
update case_notice set document_number = case_number || '-' || lpad(cast((select count(*) from case_notice earlier
  where earlier.case_number = case_notice.case_number and earlier.id <= case_notice.id) as varchar(10)), 2, '0');
-- the per-case sequence continues after them (notice/DocumentNumbers, casefile/Counters)
insert into case_counter (counter_key, last_value)
  select 'doc-' || case_number, count(*) from case_notice group by case_number;

create unique index uq_case_notice_document_number on case_notice (document_number);
create index idx_case_notice_sha256 on case_notice (sha256);
