package uk.vigil.generator;

import java.util.List;

/**
 * Naming traditions with the ethnicity (2021 Census wording) recorded alongside them. Weights are
 * roughly the England and Wales 2021 Census shares, leaning towards the north-west's White British
 * majority; see docs/generator.md.
 */
enum NameGroup {
    WHITE_BRITISH(84, "White - English, Welsh, Scottish, Northern Irish or British",
            List.of("James", "John", "David", "Michael", "Paul", "Mark", "Andrew", "Peter", "Robert", "Stephen", "Richard",
                    "Christopher", "Daniel", "Thomas", "Matthew", "Anthony", "Steven", "Gary", "Ian", "Kevin", "Lee", "Craig",
                    "Darren", "Wayne", "Dean", "Jason", "Shaun", "Carl", "Neil", "Simon", "Martin", "Philip", "Graham", "Keith",
                    "Alan", "Brian", "Colin", "Barry", "Terence", "Kenneth", "Raymond", "William", "George", "Jack", "Ryan",
                    "Adam", "Luke", "Liam", "Jordan", "Callum", "Connor", "Nathan", "Jamie", "Scott", "Ashley", "Gavin",
                    "Stuart", "Kieran", "Bradley", "Joshua", "Samuel", "Benjamin", "Joseph", "Harry", "Charles", "Edward",
                    "Trevor", "Derek", "Malcolm", "Roy", "Dennis", "Gordon", "Nigel", "Jonathan", "Timothy", "Nicholas",
                    "Alexander", "Jake", "Reece", "Tyler", "Aaron", "Sean", "Kyle", "Frederick", "Leslie", "Stanley"),
            List.of("Sarah", "Emma", "Claire", "Nicola", "Lisa", "Michelle", "Joanne", "Rachel", "Karen", "Helen", "Amanda",
                    "Julie", "Louise", "Kelly", "Gemma", "Laura", "Rebecca", "Jennifer", "Elizabeth", "Susan", "Deborah",
                    "Tracey", "Donna", "Samantha", "Victoria", "Stephanie", "Hannah", "Jessica", "Charlotte", "Amy", "Sophie",
                    "Chloe", "Lauren", "Katie", "Megan", "Emily", "Olivia", "Lucy", "Margaret", "Patricia", "Christine",
                    "Angela", "Catherine", "Jacqueline", "Natalie", "Danielle", "Kirsty", "Leanne", "Zoe", "Stacey", "Jade",
                    "Paige", "Courtney", "Ellie", "Mia", "Grace", "Ruby", "Holly", "Abigail", "Jodie", "Alice", "Isabella"),
            List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
                    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
                    "Lewis", "Harris", "Clarke", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris",
                    "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips",
                    "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook",
                    "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards",
                    "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Wilkinson", "Foster", "Chapman", "Powell", "Webb",
                    "Rogers", "Gray", "Mason", "Hunt", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
                    "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon",
                    "Harvey", "Graham", "Pearson", "Fletcher", "Walsh", "Gibson", "Howard", "Andrews", "Stewart", "Elliott",
                    "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole",
                    "Atkinson", "Bradley", "Spencer", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth",
                    "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman",
                    "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods",
                    "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton",
                    "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Dean", "Lane", "Cooke", "Bates",
                    "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross",
                    "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
                    "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy",
                    "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon",
                    "Doyle", "Wallace", "Jordan", "Hutchinson", "Rowe", "Burke", "Pritchard", "Gilbert", "Willis",
                    "Higgins", "Miles", "Stevenson", "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt",
                    "Barber", "Nelson", "Slater", "Austin", "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Blake",
                    "Lynch", "Goodwin", "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Baxter", "Clayton", "Nash",
                    "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
                    "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Ferguson",
                    "Hayward", "Farrell", "Duncan", "Nixon", "Irving", "Routledge", "Little", "Tyson", "Postlethwaite",
                    "Dobson", "Hetherington", "Bowman", "Fell", "Sewell", "Pattinson", "Smith-Jones", "Harding-Wells")),
    POLISH_EASTERN_EUROPEAN(4, "White - Other White",
            List.of("Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Jakub", "Mateusz",
                    "Kamil", "Dawid", "Sebastian", "Wojciech", "Andrzej", "Marek", "Rafał", "Bartosz", "Damian", "Tomas",
                    "Mindaugas", "Darius", "Andrius", "Ionut", "Andrei", "Mihai", "Florin", "Alexandru", "Marius",
                    "Oleksandr", "Dmytro", "Serhiy", "Yuriy"),
            List.of("Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Monika", "Ewa", "Aleksandra", "Natalia",
                    "Karolina", "Justyna", "Marta", "Ieva", "Rasa", "Elena", "Ioana", "Andreea", "Alina", "Olena", "Iryna", "Oksana"),
            List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
                    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
                    "Piotrowski", "Grabowski", "Pawłowski", "Kazlauskas", "Jankauskas", "Petrauskas", "Popescu", "Ionescu",
                    "Popa", "Dumitru", "Constantin", "Munteanu", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko")),
    PAKISTANI_BANGLADESHI(4, "Asian or Asian British - Pakistani",
            List.of("Mohammed", "Muhammad", "Ahmed", "Ali", "Imran", "Asif", "Tariq", "Zubair", "Bilal", "Usman", "Hamza",
                    "Adnan", "Kamran", "Faisal", "Irfan", "Shahid", "Nadeem", "Rizwan", "Abdul", "Yusuf", "Omar", "Hassan",
                    "Mustafa", "Sajid", "Wasim", "Zahid"),
            List.of("Fatima", "Ayesha", "Aisha", "Zainab", "Maryam", "Amina", "Khadija", "Nazia", "Shazia", "Saima",
                    "Samina", "Rubina", "Farah", "Sana", "Hina", "Nadia", "Rukhsana", "Shabana"),
            List.of("Khan", "Ahmed", "Hussain", "Ali", "Akhtar", "Iqbal", "Mahmood", "Rehman", "Rahman", "Malik", "Shah",
                    "Butt", "Mirza", "Qureshi", "Chaudhry", "Choudhury", "Raza", "Siddiqui", "Sheikh", "Aziz", "Uddin",
                    "Miah", "Islam")),
    INDIAN(3, "Asian or Asian British - Indian",
            List.of("Rajesh", "Sanjay", "Amit", "Vijay", "Arjun", "Ravi", "Sunil", "Deepak", "Harpreet", "Gurpreet",
                    "Jaswinder", "Manjit", "Rakesh", "Nikhil", "Sandeep", "Vikram"),
            List.of("Priya", "Sunita", "Anita", "Pooja", "Neha", "Kiran", "Harjeet", "Manpreet", "Jaspreet", "Rani", "Deepa"),
            List.of("Patel", "Singh", "Sharma", "Kumar", "Gill", "Sandhu", "Sidhu", "Dhillon", "Mistry", "Parmar", "Chauhan",
                    "Joshi", "Mehta", "Shah")),
    BLACK(3, "Black, Black British, Caribbean or African - African",
            List.of("Kwame", "Kofi", "Chinedu", "Emeka", "Oluwaseun", "Tunde", "Adebayo", "Jermaine", "Marlon", "Delroy",
                    "Winston", "Tyrone", "Leon", "Andre", "Samuel", "Daniel", "Michael", "Joseph", "Abdi", "Mohamed"),
            List.of("Chioma", "Ngozi", "Adaeze", "Folake", "Abena", "Ama", "Shanice", "Keisha", "Tanisha", "Grace",
                    "Blessing", "Precious", "Faith", "Amina"),
            List.of("Okafor", "Okeke", "Adeyemi", "Adebayo", "Mensah", "Asante", "Boateng", "Owusu", "Campbell", "Brown",
                    "Williams", "Thomas", "Johnson", "Clarke", "Francis", "Grant", "Reid", "Mohamed", "Abdi", "Hassan",
                    "Osei", "Nwosu", "Eze")),
    CHINESE(1, "Asian or Asian British - Chinese",
            List.of("Wei", "Jun", "Hao", "Ming", "Jian", "Lei", "Kevin", "David"),
            List.of("Mei", "Li", "Xin", "Hui", "Ying", "Jing", "Jenny"),
            List.of("Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Chan", "Lee", "Lam", "Ng", "Cheung", "Yang", "Huang", "Zhou")),
    MIXED(1, "Mixed or Multiple ethnic groups - White and Black Caribbean",
            List.of("Jordan", "Tyler", "Reece", "Kai", "Jayden", "Marcus", "Nathan", "Aaron"),
            List.of("Jasmine", "Leah", "Shannon", "Kayla", "Tia", "Jade", "Maya"),
            List.of("Campbell", "Brown", "Williams", "Thomas", "Clarke", "Francis", "Grant", "Reid", "Smith", "Johnson"));

    final double weight;
    final String ethnicity;
    final List<String> male;
    final List<String> female;
    final List<String> surnames;

    NameGroup(double weight, String ethnicity, List<String> male, List<String> female, List<String> surnames) {
        this.weight = weight;
        this.ethnicity = ethnicity;
        this.male = male;
        this.female = female;
        this.surnames = surnames;
    }

    static final Weighted<NameGroup> BY_WEIGHT = Weighted.of(List.of(values()), g -> g.weight);
}
