-- Which municipalities' contract pages a commit changed, for the web server's response cache
-- (src/web/response_cache.c): a write that concerns one municipality (a realisation reported or
-- decided, a contract registered or updated) raises that municipality's counter in its own
-- transaction (db_touch, src/db/db.h); any other write raises the row of municipality '' (every
-- page). Servers and other processes on the same database read the counters after a change, so a
-- write in one municipality leaves the cached pages of the others in place.
CREATE TABLE change_stamps (
  municipality TEXT PRIMARY KEY,
  n INTEGER NOT NULL
);
