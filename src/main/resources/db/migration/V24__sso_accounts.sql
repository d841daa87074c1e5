-- Staff single sign-on (docs/decisions/0029): the OpenID Connect account (issuer and subject) each Pacer user id is
-- bound to at its first sign-in, so another account of the identity provider that presents the same user name later
-- cannot take the user over.
create table sso_account (
	user_id varchar(255) not null,
	issuer varchar(1000) not null,
	subject varchar(255) not null,
	linked_at timestamp not null,
	last_sign_in_at timestamp not null,
	constraint sso_account_pk primary key (user_id),
	constraint sso_account_subject_uk unique (issuer, subject)
);
