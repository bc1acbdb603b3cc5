package org.netjournal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One file per client, written for these tests (see {@code clients/README.md} for the quirk each stands for):
 * every row with its status, position, label, error and warnings, and every field of each contact it maps to.
 */
class ClientFilesTest {

    @TempDir
    Path temp;

    /** Apple/iCloud: the given name alone is the first name; prefix, middle name and suffix are kept; item labels, type=pref; photo, addresses, IMPP and birthday are counted; the company card is the company. */
    @Test
    void appleIcloudVcf() throws Exception {
        assertFile("apple-icloud.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW James Richter null [ImportMessage[key=import.leftOut.photo, args=[1]], ImportMessage[key=import.leftOut.address, args=[2]], ImportMessage[key=import.leftOut.impp, args=[1]], ImportMessage[key=import.leftOut.birthday, args=[1]]]
                name: Dr. | James | Robert | Richter | Jr.
                company: Acme Corp
                role: Chief Scientist
                email: james@acme.example
                emails: other: james@acme.example *, home: jr@home.example
                phones: cell,voice: +1 (555) 010-2030 *, work,voice: +1 555 010 9999
                profiles: linkedin https://www.linkedin.com/in/jamesrichter
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 21 NEW Acme Corp null []
                name:  |  |  | Acme Corp |  (org)
                company: Acme Corp
                role: 
                email: 
                emails: 
                phones: main: +1 555 010 0000
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Google: system groups are no tags; a custom label; the e-mail-only "other contact" is imported, named after its address. */
    @Test
    void googleVcf() throws Exception {
        assertFile("google.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Jane Doe null []
                name:  | Jane |  | Doe | 
                company: Initech
                role: Product Manager
                email: jane.doe@initech.example
                emails: work: jane.doe@initech.example, Newsletter: jane@private.example
                phones: cell: +44 7700 900123
                profiles: 
                tags: Mentors
                notes: Met at the product meetup.⏎Wants to talk about roadmaps.
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 14 NEW Jo Miller null [ImportMessage[key=import.warning.nameFromEmail, args=[]]]
                name:  | Jo | Van | Miller | 
                company: 
                role: 
                email: jo.van.miller@mail.example
                emails: other: jo.van.miller@mail.example
                phones: 
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Outlook 2003: a Windows-1252 file with 8-bit values and CHARSET parameters. */
    @Test
    void outlook2003Vcf() throws Exception {
        assertFile("outlook-2003.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Jürgen Müller-Lüdenscheidt null [ImportMessage[key=import.leftOut.address, args=[1]]]
                name: Dr. | Jürgen | Heinrich | Müller-Lüdenscheidt | 
                company: Große Brücken GmbH
                role: Geschäftsführer
                email: juergen@grosse-bruecken.example
                emails: juergen@grosse-bruecken.example *, j.mueller@privat.example
                phones: work,voice: +49 221 555-0100, cell,voice: +49 170 5550100, work,fax: +49 221 555-0199
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Outlook 2007: FN "Family, Given"; the space after a quoted-printable soft line break is kept. */
    @Test
    void outlook2007Vcf() throws Exception {
        assertFile("outlook-2007.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Hans Meier null [ImportMessage[key=import.leftOut.photo, args=[1]], ImportMessage[key=import.leftOut.address, args=[1]]]
                name:  | Hans |  | Meier | 
                company: Northwind Traders
                role: Buyer
                email: hans.meier@northwind.example
                emails: hans.meier@northwind.example *
                phones: work,voice: (206) 555-0123
                profiles: 
                tags: 
                notes: Met at the trade fair in München.⏎Asked about the spring catalogue and the price list.
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Android 2.1: UTF-8 quoted-printable names, and a Shift_JIS card in the same file. */
    @Test
    void android21Vcf() throws Exception {
        assertFile("android-21.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW 太郎 山田 null []
                name:  | 太郎 |  | 山田 | 
                company: 
                role: 
                email: taro@example.jp
                emails: home: taro@example.jp
                phones: cell: 090-1234-5678, home: 03-1234-5678
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 10 NEW 花子 佐藤 null []
                name:  | 花子 |  | 佐藤 | 
                company: 株式会社サンプル
                role: 
                email: 
                emails: 
                phones: cell: 080-8765-4321
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Thunderbird: vCard 4.0 PREF=1, and an all lower-case Thunderbird 2 card. */
    @Test
    void thunderbirdVcf() throws Exception {
        assertFile("thunderbird.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Astrid Lindqvist null []
                name:  | Astrid |  | Lindqvist | 
                company: Uppsala University
                role: Researcher
                email: astrid@fjord.example
                emails: astrid@fjord.example *, work: a.lindqvist@uni.example
                phones: cell: +46 70 123 45 67
                profiles: 
                tags: 
                notes: Reviewer for the workshop.
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 14 NEW Olaf Berg null []
                name:  | Olaf |  | Berg | 
                company: 
                role: 
                email: olaf.berg@example.no
                emails: olaf.berg@example.no
                phones: cell: +47 912 34 567
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Evolution: UI slots, a blog URL as a profile, and a contact list that is no person. */
    @Test
    void evolutionVcf() throws Exception {
        assertFile("evolution.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Petra Novak null []
                name:  | Petra |  | Novak | 
                company: 
                role: 
                email: petra.novak@firma.example
                emails: work: petra.novak@firma.example, home: petra@domov.example
                phones: cell: +420 601 123 456
                profiles: other https://petra.example.cz/blog
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 14 ERROR Reading group ImportMessage[key=import.error.groupCard, args=[]] []
                """);
    }

    /** Nextcloud: an empty N falls back to FN; combined TYPEs; KIND:org is an organisation. */
    @Test
    void nextcloudVcf() throws Exception {
        assertFile("nextcloud.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Lena Hoffmann null []
                name:  | Lena |  | Hoffmann | 
                company: 
                role: 
                email: lena@hoffmann.example
                emails: home: lena@hoffmann.example
                phones: voice,cell: +49 151 2345678
                profiles: 
                tags: Verein
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 12 NEW Stadtbibliothek null []
                name:  |  |  | Stadtbibliothek |  (org)
                company: Stadtbibliothek
                role: 
                email: 
                emails: 
                phones: work: +49-30-9000-100
                profiles: other https://bibliothek.example.de
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** DAVx5: a custom phone label from an item group; a group card is no person. */
    @Test
    void davx5Vcf() throws Exception {
        assertFile("davx5.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Malik Osei null []
                name:  | Malik |  | Osei | 
                company: 
                role: 
                email: malik@studio.example
                emails: work: malik@studio.example
                phones: Office Ghana: +233 20 123 4567, cell: +49 160 1112223
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                -- LINE 15 ERROR Studio ImportMessage[key=import.error.groupCard, args=[]] []
                """);
    }

    /** BlackBerry: CR CR LF line ends. */
    @Test
    void blackberryVcf() throws Exception {
        assertFile("blackberry.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW John Smith null []
                name:  | John |  | Smith | 
                company: RIM Partners
                role: Field Sales
                email: john.smith@partners.example
                emails: john.smith@partners.example
                phones: work: +1 519 555 0142, cell: +1 519 555 0143, pager: +1 519 555 0144
                profiles: 
                tags: 
                notes: PIN 2A3B4C5D
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** Lotus Notes: a Notes mail address is left out with a warning, the Internet one kept; bare CR line ends. */
    @Test
    void lotusNotesVcf() throws Exception {
        assertFile("lotus-notes.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Jane Roe null [ImportMessage[key=import.warning.emailInvalid, args=[Jane Roe/Sales/Acme@Acme]]]
                name:  | Jane |  | Roe | 
                company: Acme
                role: Account Manager
                email: jane.roe@acme.example
                emails: jane.roe@acme.example *
                phones: work: +1 617 555 0175
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** FullContact: the lowest PREF is preferred; tel: URIs with an extension; SOCIALPROFILE. */
    @Test
    void fullcontactVcf() throws Exception {
        assertFile("fullcontact.vcf", ImportFormat.VCARD, 0, """
                -- LINE 1 NEW Erika Mustermann null [ImportMessage[key=import.leftOut.photo, args=[1]], ImportMessage[key=import.leftOut.impp, args=[1]], ImportMessage[key=import.leftOut.birthday, args=[1]]]
                name:  | Erika |  | Mustermann | 
                company: Beispiel AG
                role: Head of Partnerships
                email: erika.m@mail.example
                emails: work: erika@beispiel.example, home: erika.m@mail.example *
                phones: cell: +49-170-5551234, work: +49-89-5550000 ext. 12
                profiles: linkedin https://www.linkedin.com/in/erikamustermann
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: vcard, connected on: null
                """);
    }

    /** LinkedIn 2016: no preamble, no URL column, dates like 15-Jan-16. */
    @Test
    void linkedin2016Csv() throws Exception {
        assertFile("linkedin-2016.csv", ImportFormat.LINKEDIN_CSV, 0, """
                -- LINE 2 NEW Maria Santos null []
                name:  | Maria |  | Santos | 
                company: Contoso
                role: Recruiter
                email: maria.santos@example.com
                emails: maria.santos@example.com
                phones: 
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2016-01-15
                -- LINE 3 NEW Tomasz Kowalski null []
                name:  | Tomasz |  | Kowalski | 
                company: Fabrikam
                role: Engineer, Platform
                email: 
                emails: 
                phones: 
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2015-11-03
                """);
    }

    /** LinkedIn 2018: the URL last; a URL without https:// is kept whole and gets the scheme, as in the form. */
    @Test
    void linkedin2018UrlLastCsv() throws Exception {
        assertFile("linkedin-2018-url-last.csv", ImportFormat.LINKEDIN_CSV, 0, """
                -- LINE 2 NEW Aiko Tanaka null []
                name:  | Aiko |  | Tanaka | 
                company: Tailspin Toys
                role: Designer
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/aikotanaka
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2018-06-01
                -- LINE 3 NEW Ben Carter null []
                name:  | Ben |  | Carter | 
                company: Litware
                role: CTO
                email: ben@example.org
                emails: ben@example.org
                phones: 
                profiles: linkedin https://www.linkedin.com/in/bencarter
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2017-12-24
                """);
    }

    /** LinkedIn 2023: rows blanked for members who restrict their data are counted as hidden, not errors. */
    @Test
    void linkedin2023Csv() throws Exception {
        assertFile("linkedin-2023.csv", ImportFormat.LINKEDIN_CSV, 2, """
                -- LINE 5 NEW Priya Raman null []
                name:  | Priya |  | Raman | 
                company: Adventure Works
                role: Data Scientist
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/priyaraman
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2023-03-12
                -- LINE 8 NEW Lucas Moreau null []
                name:  | Lucas |  | Moreau | 
                company: Wide World Importers
                role: Head of Sales
                email: lucas@example.fr
                emails: lucas@example.fr
                phones: 
                profiles: linkedin https://www.linkedin.com/in/lucasmoreau
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2023-02-01
                """);
    }

    /** LinkedIn via a spreadsheet: a bare CR inside an unquoted cell makes no phantom contact. */
    @Test
    void linkedin2024CrlfCsv() throws Exception {
        assertFile("linkedin-2024-crlf.csv", ImportFormat.LINKEDIN_CSV, 0, """
                -- LINE 5 NEW Sara Lind null []
                name:  | Sara |  | Lind | 
                company: Northwind Traders
                role: Analyst
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/saralind
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2024-05-05
                -- LINE 6 NEW Omar Haddad null []
                name:  | Omar |  | Haddad | 
                company: Fourth Coffee
                role: Owner
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/omarhaddad
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2024-05-06
                """);
    }

    /** LinkedIn with CR CR LF line ends: two contacts, no blank or broken rows. */
    @Test
    void linkedin2025CrcrlfCsv() throws Exception {
        assertFile("linkedin-2025-crcrlf.csv", ImportFormat.LINKEDIN_CSV, 0, """
                -- LINE 2 NEW Nina Petrova null []
                name:  | Nina |  | Petrova | 
                company: Proseware
                role: Team Lead
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/ninapetrova
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2025-01-02
                -- LINE 3 NEW Jamal Wright null []
                name:  | Jamal |  | Wright | 
                company: Relecloud
                role: Architect
                email: 
                emails: 
                phones: 
                profiles: linkedin https://www.linkedin.com/in/jamalwright
                tags: 
                notes: 
                how we met: 
                stage: connect, cadence: none, source: linkedin, connected on: 2025-01-03
                """);
    }

    /** Google Contacts CSV: labelled values, "* " marks the preferred one, " ::: " joins several values. */
    @Test
    void googleContactsCsv() throws Exception {
        assertFile("google-contacts.csv", ImportFormat.GOOGLE_CSV, 0, """
                -- LINE 2 NEW Grace Hopper null [ImportMessage[key=import.leftOut.address, args=[1]], ImportMessage[key=import.leftOut.birthday, args=[1]], ImportMessage[key=import.leftOut.photo, args=[1]]]
                name: Rear Adm. | Grace | Brewster | Hopper | PhD
                company: Navy Labs
                role: Computer Scientist
                email: grace@navy.example
                emails: work: grace@navy.example *, home: grace.h@home.example, home: gh@old.example
                phones: mobile: +1 202 555 0101, work: +1 202 555 0102
                profiles: linkedin https://www.linkedin.com/in/gracehopper
                tags: Mentors
                notes: Compiler pioneer.⏎Ask about COBOL.
                how we met: 
                stage: observe, cadence: none, source: csv, connected on: null
                -- LINE 5 NEW Only Mail null [ImportMessage[key=import.warning.nameFromEmail, args=[]]]
                name:  | Only |  | Mail | 
                company: 
                role: 
                email: only.mail@example.com
                emails: other: only.mail@example.com *
                phones: 
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: csv, connected on: null
                """);
    }

    /** Outlook CSV: Title is the prefix, phone columns labelled by their name, e-mail display names ignored. */
    @Test
    void outlookCsv() throws Exception {
        assertFile("outlook.csv", ImportFormat.OUTLOOK_CSV, 0, """
                -- LINE 2 NEW Ada King null [ImportMessage[key=import.leftOut.address, args=[1]]]
                name: Ms. | Ada | Augusta | King | 
                company: Analytical Engines Ltd
                role: Lead Analyst
                email: ada@engines.example
                emails: ada@engines.example, countess@lovelace.example
                phones: business fax: +44 20 7946 0999, business: +44 20 7946 0001, home: +44 20 7946 0002, mobile: +44 7700 900001
                profiles: other https://engines.example/ada
                tags: 
                notes: Notes on the engine.
                how we met: 
                stage: observe, cadence: none, source: csv, connected on: null
                """);
    }

    /** Thunderbird CSV: the primary e-mail is preferred; a row with only a display name. */
    @Test
    void thunderbirdCsv() throws Exception {
        assertFile("thunderbird.csv", ImportFormat.THUNDERBIRD_CSV, 0, """
                -- LINE 2 NEW Linus Berg null [ImportMessage[key=import.leftOut.address, args=[1]]]
                name:  | Linus |  | Berg | 
                company: Kernel Club
                role: Maintainer
                email: linus@kernel.example
                emails: linus@kernel.example *, l.berg@uni.example
                phones: work: +46 8 555 0100, mobile: +46 70 555 0101
                profiles: other https://linus.example
                tags: 
                notes: Met at FOSDEM.
                how we met: 
                stage: observe, cadence: none, source: csv, connected on: null
                -- LINE 3 NEW Sam Taylor null []
                name:  | Sam |  | Taylor | 
                company: 
                role: 
                email: sam@example.net
                emails: sam@example.net *
                phones: 
                profiles: 
                tags: 
                notes: 
                how we met: 
                stage: observe, cadence: none, source: csv, connected on: null
                """);
    }

    private void assertFile(String name, ImportFormat format, int hidden, String expected) throws Exception {
        ImportPreview preview = new ImportPlanner(Fixtures.CLOCK).preview(Fixtures.copy("clients/" + name, temp),
                List.of());
        assertEquals(format, preview.format(), name);
        assertEquals(hidden, preview.hiddenRows(), "rows hidden by LinkedIn");
        StringBuilder actual = new StringBuilder();
        for (ImportPreview.Row row : preview.rows()) {
            ImportCandidate c = row.candidate();
            actual.append("-- ").append(c.positionKind()).append(' ').append(c.position()).append(' ')
                    .append(row.status()).append(' ').append(c.label()).append(' ').append(c.error()).append(' ')
                    .append(c.warnings()).append('\n');
            if (c.contact() != null) {
                actual.append(ContactFields.of(c.contact())).append('\n');
            }
        }
        assertEquals(trimmed(expected), trimmed(actual.toString()), name);
    }

    /** Text blocks drop trailing spaces; so does the comparison. */
    private static String trimmed(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }
}
