-- Fills a desk's PostgreSQL database (schema made by the desk's migrations, demo data off) with the
-- search benchmark's data, in set-based statements: 20,000 customers, 1,000,000 tickets (90 % closed,
-- 5 % open, 5 % waiting on the customer), 3,000,000 messages (customer, agent, customer; 25 words
-- each, subjects 5 words) and their search documents. Words are drawn with a skew from 75 support
-- words that the desk's analysis leaves as they are (so that the documents' terms are the words
-- themselves, as SearchTerms would write them: checked when this file was made) for 70 % of the
-- draws, and from 50,000 rare codes ("r<n>", also unchanged) for 30 %. Ids start at 10,000,000,
-- above the desk's sequences.
-- Usage: psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -f bench/search-data.sql <database>
\timing on
set synchronous_commit = off;
create temporary table vocabulary as
  select string_to_array('agenda,sms,patient,bilan,mot,export,import,document,cabinet,secretariat,tarif,mise,jour,version,ecran,bouton,menu,page,lien,email,creneau,lundi,mardi,mercredi,jeudi,vendredi,samedi,matin,soir,retard,inscription,note,rendu,test,logiciel,droit,identifiant,profil,option,format,envoi,reception,video,son,micro,camera,safari,mac,android,synchro,cloud,quota,pack,gratuit,achat,reduction,promotion,code,contrat,demo,tutoriel,aide,question,bug,delai,client,contact,nom,prenom,enfant,parent,materiel,jeu,audio,calcul', ',') words;

-- n words drawn for row g (g makes the draw depend on the row, so that it is drawn again for each)
create function pg_temp.words(n int, g bigint) returns text language sql volatile as $$
  select string_agg(case when random() < 0.7
                    then v.words[1 + floor(power(random(), 3) * array_length(v.words, 1))::int]
                    else 'r' || floor(random() * 50000)::int end, ' ')
  from vocabulary v, generate_series(1, n + (g % 1)::int)
$$;

-- the GIN index is built once at the end: kept up to date row by row, it would cost far more
drop index ix_ticket_search_vector;

insert into customer (id, surname, first_name, email, email_key, language, created_at)
select 10000000 + g, 'Nom' || g, 'Prenom' || g, 'client' || g || '@bench.example',
       'client' || g || '@bench.example', 'FR', now() - interval '400 days'
from generate_series(1, 20000) g;

insert into ticket (id, reference, customer_id, subject, category, channel, status, priority,
                    priority_rank, received_at, awaiting_reply_since, last_activity_at, version,
                    sender_proven)
select 10000000 + g, 'OC-' || (10000000 + g), 10000000 + 1 + (g % 20000), pg_temp.words(5, g),
       'OTHER', 'PORTAL', s.status, 'NORMAL', 1, received, case when s.status = 'OPEN' then received end, received, 0,
       true
from generate_series(1, 1000000) g
cross join lateral (select now() - (g % 365) * interval '1 day' - (g % 86400) * interval '1 second' received) r
cross join lateral (select case when g % 20 = 0 then 'OPEN' when g % 20 = 1 then 'WAITING_ON_CUSTOMER'
                    else 'CLOSED' end status) s;

insert into message (id, ticket_id, author_kind, author_name, visibility, body, created_at)
select 10000000 + 3 * (t - 1) + k, 10000000 + t,
       case k when 1 then 'AGENT' else 'CUSTOMER' end,
       case k when 1 then 'Agent' else 'Client' end, 'PUBLIC', pg_temp.words(25, 3 * t + k),
       now() - (t % 365) * interval '1 day' + k * interval '1 hour'
from generate_series(1, 1000000) t, generate_series(0, 2) k;

insert into ticket_search (ticket_id, terms)
select t.id, ' ' || t.subject || ' ' || m.bodies || ' '
from ticket t
join (select ticket_id, string_agg(body, ' ' order by id) bodies from message
      where id >= 10000000 group by ticket_id) m on m.ticket_id = t.id
where t.id > 10000000;

create index ix_ticket_search_vector on ticket_search using gin (terms_vector);
analyze;
select (select count(*) from ticket) tickets, (select count(*) from message) messages,
       (select count(*) from ticket_search where terms is not null) documents,
       pg_size_pretty(pg_total_relation_size('ticket_search')) search_size;
