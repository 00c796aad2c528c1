FL={'U':'urgency_pressure','D':'doorstep_visit_threat','L':'suspicious_link'}
def E(cat,text,lender=None,sn=None,flags='',form='plain',note=''):
    return dict(category=cat,text=text,lender=lender,sender_number=sn,flags=[FL[c] for c in flags],form=form,note=note)
