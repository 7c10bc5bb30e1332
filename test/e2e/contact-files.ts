// Contact files the browser tests import, as a phone and Google would export them.

/** A phone's address book: William at Acme, and Priya, whom the Google file lists too. */
export const phoneVCard = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:William Jones',
  'N:Jones;William;;;',
  'ORG:Acme',
  'EMAIL;TYPE=WORK:william@acme.com',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Priya Natarajan',
  'N:Natarajan;Priya;;;',
  'ORG:Globex',
  'TEL;TYPE=CELL:+44 20 7946 0958',
  'EMAIL:priya@globex.com',
  'END:VCARD',
  '',
].join('\r\n');

/** Google Contacts: "Bill" at Acme (a nickname: to check, never merged on a name), Priya again, a bad email. */
export const googleCsv = [
  'Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Organization 1 - Title,Group Membership',
  'Bill Jones,Bill,Jones,Work,bill.jones@gmail.com,Acme,CFO,* myContacts',
  'Priya Natarajan,Priya,Natarajan,Work,priya@globex.com,Globex,Head of Data,* myContacts',
  'Tom Reed,Tom,Reed,Home,tom at reed,Initech,Engineer,* myContacts ::: Friends',
  '',
].join('\n');
