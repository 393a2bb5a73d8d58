import { type Random } from './prng.js';

/** First and last names that go together, and how often the group turns up in the demo. */
interface NameGroup {
  weight: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
}

/**
 * Made-up people for a made-up trust. The groups follow the heritage mix of an English hospital's
 * administrative workforce (English, Welsh, Scottish and Irish names, with Caribbean-heritage first
 * names among them; South Asian; West and Southern African; Filipino; Polish; Romanian;
 * Chinese; Turkish and Arabic; Southern European): roughly, not as a census. Any likeness to a
 * real person is chance.
 */
export const NAME_GROUPS: readonly NameGroup[] = [
  {
    weight: 62,
    firstNames: [
      'Alan', 'Alice', 'Amelia', 'Andrew', 'Angela', 'Ben', 'Bernadette', 'Bethan', 'Callum', 'Carol', 'Chloe',
      'Ciara', 'Claire', 'Connor', 'Dafydd', 'Daniel', 'Darren', 'Deborah', 'Ebony', 'Emily', 'Emma', 'Fiona',
      'Gareth', 'Gemma', 'Grace', 'Hannah', 'Isla', 'Jack', 'Jacqueline', 'Jayden', 'Jennifer', 'Joanne', 'John',
      'Joseph', 'Julie', 'Karen', 'Kerry', 'Laura', 'Leah', 'Liam', 'Lily', 'Linda', 'Lucy', 'Marcus', 'Mark',
      'Megan', 'Michael', 'Natalie', 'Neil', 'Niamh', 'Oliver', 'Olivia', 'Paul', 'Pauline', 'Rachel', 'Rebecca',
      'Rhys', 'Ruth', 'Ryan', 'Samuel', 'Sandra', 'Sarah', 'Shanice', 'Sinead', 'Sophie', 'Stephen', 'Susan',
      'Thomas', 'Tracey', 'Vanessa', 'Wendy', 'Zoe',
    ],
    lastNames: [
      'Adams', 'Allen', 'Anderson', 'Baker', 'Barnes', 'Bell', 'Bennett', 'Brown', 'Byrne', 'Campbell', 'Carter',
      'Clarke', 'Cole', 'Cooper', 'Davies', 'Doherty', 'Edwards', 'Evans', 'Fletcher', 'Foster', 'Graham', 'Green',
      'Griffiths', 'Hall', 'Harris', 'Hughes', 'Jackson', 'James', 'Jones', 'Kelly', 'Lewis', 'Lloyd', 'Martin',
      'Mitchell', 'Moore', 'Morgan', 'Murphy', "O'Brien", "O'Connor", 'Owen', 'Parker', 'Phillips', 'Price',
      'Roberts', 'Robinson', 'Scott', 'Smith', 'Stewart', 'Taylor', 'Thomas', 'Thompson', 'Turner', 'Walker',
      'Ward', 'Watson', 'White', 'Williams', 'Wilson', 'Wood', 'Wright', 'Young',
    ],
  },
  {
    weight: 14,
    firstNames: [
      'Aisha', 'Amir', 'Anil', 'Anita', 'Ayesha', 'Deepa', 'Fatima', 'Hamza', 'Harpreet', 'Imran', 'Kavita',
      'Lakshmi', 'Mohammed', 'Nadia', 'Priya', 'Rajesh', 'Sadia', 'Sunita', 'Tariq', 'Usman', 'Yasmin', 'Zainab',
    ],
    lastNames: [
      'Ahmed', 'Akhtar', 'Ali', 'Begum', 'Bhatt', 'Chowdhury', 'Das', 'Gill', 'Gupta', 'Hussain', 'Iqbal',
      'Kaur', 'Khan', 'Kumar', 'Mahmood', 'Mann', 'Mistry', 'Patel', 'Rahman', 'Shah', 'Sharma', 'Singh',
    ],
  },
  {
    weight: 7,
    firstNames: [
      'Adebayo', 'Amara', 'Bukola', 'Chidi', 'Emeka', 'Femi', 'Joy', 'Kemi', 'Kwame', 'Nkechi', 'Oluwaseun',
      'Precious', 'Tunde', 'Abena', 'Tendai', 'Thandiwe',
    ],
    lastNames: [
      'Adeyemi', 'Asante', 'Banda', 'Boateng', 'Dlamini', 'Mensah', 'Moyo', 'Obi', 'Okafor', 'Okonkwo', 'Osei',
      'Adebayo', 'Nwosu', 'Owusu',
    ],
  },
  {
    weight: 4,
    firstNames: ['Maria', 'Jose', 'Angelica', 'Mark Anthony', 'Rowena', 'Jerome', 'Cristina', 'Ramon'],
    lastNames: ['Cruz', 'Dela Cruz', 'Reyes', 'Santos', 'Bautista', 'Garcia', 'Mendoza', 'Villanueva'],
  },
  {
    weight: 4,
    firstNames: ['Agnieszka', 'Bartosz', 'Dorota', 'Katarzyna', 'Marta', 'Piotr', 'Tomasz', 'Zofia'],
    // Surnames that do not change with gender (Polish -ski/-ska ones do).
    lastNames: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Pawlak'],
  },
  {
    weight: 2,
    firstNames: ['Andrei', 'Elena', 'Ioana', 'Mihai', 'Roxana'],
    lastNames: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Constantin'],
  },
  {
    weight: 3,
    firstNames: ['Hui', 'Mei', 'Wei', 'Jun', 'Ling', 'Xin'],
    lastNames: ['Chen', 'Li', 'Wang', 'Zhang', 'Liu', 'Wong'],
  },
  {
    weight: 2,
    firstNames: ['Elif', 'Ibrahim', 'Mariam', 'Omar', 'Yusuf', 'Leyla'],
    lastNames: ['Yilmaz', 'Demir', 'Haddad', 'Saleh', 'Aziz', 'Kaya'],
  },
  {
    weight: 2,
    firstNames: ['Rosa', 'Giulia', 'Marco', 'Ana', 'Luis', 'Inês'],
    lastNames: ['Rossi', 'Fernandes', 'Ferreira', 'Romano', 'Silva', 'Lopez'],
  },
];

/** One in eight people has a first name from one group and a last name from another, as in life. */
const MIXED_NAME_SHARE = 0.125;
/** Redraws this many times before accepting a name already taken, so a huge department cannot loop. */
const ATTEMPTS_AT_A_NEW_NAME = 20;

const TOTAL_WEIGHT = NAME_GROUPS.reduce((sum, group) => sum + group.weight, 0);

function pickGroup(random: Random): NameGroup {
  let ticket = random.next() * TOTAL_WEIGHT;
  for (const group of NAME_GROUPS) {
    ticket -= group.weight;
    if (ticket < 0) return group;
  }
  return NAME_GROUPS[0] as NameGroup;
}

export interface PersonName {
  firstName: string;
  lastName: string;
}

function drawName(random: Random): PersonName {
  const group = pickGroup(random);
  const lastNameGroup = random.chance(MIXED_NAME_SHARE) ? pickGroup(random) : group;
  return { firstName: random.pick(group.firstNames), lastName: random.pick(lastNameGroup.lastNames) };
}

/**
 * A name that nobody in `taken` ("First Last") has yet, where the lists allow; the chosen name is
 * added to `taken`, so one department never shows two people with the same full name.
 */
export function pickPersonName(random: Random, taken: Set<string>): PersonName {
  let name = drawName(random);
  for (let attempt = 1; attempt < ATTEMPTS_AT_A_NEW_NAME && taken.has(fullName(name)); attempt += 1) {
    name = drawName(random);
  }
  taken.add(fullName(name));
  return name;
}

export function fullName({ firstName, lastName }: PersonName): string {
  return `${firstName} ${lastName}`;
}
