# Whole projects in and out: REFI-QDA import from another program, export, and bad input.
researcher add Noor
project import ../../VeldwerkImportTests/Fixtures/qc_demo.qdpx
transcript list
codebook show
segments programming
segments rq1_definition/competencies/programming
project import ../../VeldwerkImportTests/Fixtures/qc_demo.qdpx
project import ../../VeldwerkImportTests/Fixtures/nvivo_project.qdpx
transcript list
project import files/codes.yaml
project import files
project import nothing-here.qdpx
project merge nothing-here
project export out.zip
history
undo
transcript list
